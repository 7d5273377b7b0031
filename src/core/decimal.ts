import DecimalBase from "decimal.js";

/**
 * The project's own Decimal: an isolated clone so no other code's settings leak in.
 * Rounding is half-up (四舍五入), the way Excel's ROUND and printed reports round.
 */
export const Decimal = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

export type DecimalInput = Decimal | number | string;

export function dec(value: DecimalInput): Decimal {
  return new Decimal(value);
}

/** Round half-up to `places` decimals, like Excel's ROUND. */
export function roundHalfUp(value: DecimalInput, places: number): number {
  return dec(value).toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toNumber();
}

/** Carbon mass to CO2 mass (× 44/12), multiplying before dividing so exact inputs stay exact. */
export function carbonToCo2(carbon: Decimal): Decimal {
  return carbon.times(44).div(12);
}
