-- A child welfare notice (lastensuojeluilmoitus) is a concern any professional may raise, with no
-- relationship to the child (docs/access.md, "Who may create access").
ALTER TABLE "concern" ADD COLUMN "kind" TEXT NOT NULL DEFAULT 'CONCERN';
CREATE INDEX "concern_raised_by_professional_id_idx" ON "concern"("raised_by_professional_id");
