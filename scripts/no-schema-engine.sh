#!/bin/sh
# Stands in for Prisma's schema-engine binary, which the Prisma CLI downloads from a host that is out
# of reach here. `prisma generate` only checks that the file exists; anything that really needs the
# engine (prisma migrate, db pull) lands here and is told what to use instead.
echo "Silta: Prisma's schema engine is not installed. Apply migrations with 'npm run db:migrate'." >&2
exit 1
