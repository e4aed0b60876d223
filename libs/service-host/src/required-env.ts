/** A setting the service cannot start without: missing, it stops at once with the variable's name. */
export const requiredEnv = (name: string, env: NodeJS.ProcessEnv = process.env): string => {
  const value = env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};
