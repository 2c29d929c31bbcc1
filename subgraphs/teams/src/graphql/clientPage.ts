/**
 * At most this many clients are examined (read and decided) per request while filling one page of
 * a list of clients; the SDL says so, and `pageInfo.truncated` tells when it was reached.
 */
export const MAX_EXAMINED_CLIENTS = 1000;
