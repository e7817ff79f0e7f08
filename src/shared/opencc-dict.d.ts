/* OpenCC's tables as opencc-js ships them: 'from to|from to|…' (a 'to' may list alternatives). */
declare module 'opencc-js/dict/TSCharacters' {
  /** Traditional → Simplified characters. */
  const table: string;
  export default table;
}
declare module 'opencc-js/dict/STCharacters' {
  /** Simplified → Traditional characters. */
  const table: string;
  export default table;
}
declare module 'opencc-js/dict/STPhrases' {
  /** Simplified → Traditional phrases, where a character alone would convert wrongly. */
  const table: string;
  export default table;
}
declare module 'opencc-js/dict/TWVariants' {
  /** Traditional → the forms standard in Taiwan. */
  const table: string;
  export default table;
}
declare module 'opencc-js/dict/HKVariants' {
  /** Traditional → the forms standard in Hong Kong. */
  const table: string;
  export default table;
}
