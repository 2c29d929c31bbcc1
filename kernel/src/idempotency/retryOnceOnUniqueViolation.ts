/**
 * Two identical creates with the same client-chosen id race past the existence check: the loser's
 * insert hits the unique index (Prisma's P2002) and the write runs once more, now finding the
 * winner's row and answering as a retry would (the same record, or CONFLICT). Any other error, or a
 * second violation, is passed on.
 */
export async function retryOnceOnUniqueViolation<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if ((error as { code?: unknown }).code !== "P2002") throw error;
    return write();
  }
}
