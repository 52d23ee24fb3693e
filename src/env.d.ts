/** Imported by the site model only so that Vite watches the CSVs (see astro.config.mjs). */
declare module 'virtual:llm-atlas/data-files' {}
