/**
 * Traditional forms of the characters the templates' vocabulary uses (reports from Hong Kong, Macao and
 * Taiwan, or typed with a traditional input method), so that "綠色貸款餘額（億元）" reads as 绿色贷款余额（亿元）.
 */
const TRADITIONAL =
  "萬與業兩個為買於產億從倉們價體餘債關內況準減別製辦務動區單佔臺號噸員響圍國備學實對屬張強歸當徑總戶報據攤數時術機構標氣匯測溫熱環現電監碼稱筆類約納紙線細經統綠網節範營見覽計訓設評試誤賬質購貼貸資車較輸運還遠採釋銀錯鍵長門間項須額綜儲廳處際險風農鎮聯費輛廢棄級郵衛會織樂娛飲醫療藥發轉換應規則導";
const SIMPLIFIED =
  "万与业两个为买于产亿从仓们价体余债关内况准减别制办务动区单占台号吨员响围国备学实对属张强归当径总户报据摊数时术机构标气汇测温热环现电监码称笔类约纳纸线细经统绿网节范营见览计训设评试误账质购贴贷资车较输运还远采释银错键长门间项须额综储厅处际险风农镇联费辆废弃级邮卫会织乐娱饮医疗药发转换应规则导";

const TO_SIMPLIFIED = new Map([...TRADITIONAL].map((ch, i) => [ch, SIMPLIFIED[i]]));
const ANY = new RegExp(`[${TRADITIONAL}]`);
const EVERY = new RegExp(`[${TRADITIONAL}]`, "g");

export function hasTraditional(text: string): boolean {
  return ANY.test(text);
}

export function simplified(text: string): string {
  return ANY.test(text) ? text.replace(EVERY, (ch) => TO_SIMPLIFIED.get(ch)!) : text;
}
