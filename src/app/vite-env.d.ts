interface ImportMetaEnv {
  /** A label for this build (BUILD_LABEL at build time), shown in the footer. */
  readonly VITE_BUILD_LABEL: string;
}
