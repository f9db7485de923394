// The territory package's API: the department's communes, their postal codes and their EPTs.
export * from './communes';
export * from './postal-codes';
export * from './territories';
