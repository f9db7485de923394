// Browser tests of the apps: Chromium, axe, the built app served beside the real gateway, screenshots.
export * from './axe';
export * from './chromium';
export * from './screenshots';
export * from './static-app';
export * from './until';
