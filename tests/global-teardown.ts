import fs from "fs";

export default function globalTeardown(): void {
  if (process.env.GD_BUILD_DIR) fs.rmSync(process.env.GD_BUILD_DIR, { recursive: true, force: true });
}
