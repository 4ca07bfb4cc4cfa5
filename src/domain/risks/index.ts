export * from './score';
export * from './heat-map';
export * from './history';
export * from './match-names';
