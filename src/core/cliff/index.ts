/** Pascanu et al.'s one-unit RNN: its loss surface, exact gradient and descent paths. */
export * from './model';
export * from './gradient';
export * from './clip';
export * from './descent';
export * from './surface';
