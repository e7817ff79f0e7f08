declare module 'opencc-js/dict/TSCharacters' {
  /** OpenCC's Traditional → Simplified character table: 'trad simp|trad simp|…'. */
  const table: string;
  export default table;
}
