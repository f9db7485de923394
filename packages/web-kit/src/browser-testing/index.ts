// Browser tests of the apps: Chromium, axe, waiting for a state, screenshots (serving is ./serve's).
export * from './axe';
export * from './chromium';
export * from './screenshots';
export * from './until';
export * from './visible';
