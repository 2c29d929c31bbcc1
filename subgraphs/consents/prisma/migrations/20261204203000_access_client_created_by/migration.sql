-- Who created the client record (the actor of client.created): the one professional who may open
-- the first client relationship of a brand-new client without any other basis (docs/access.md,
-- "Who may create access").
ALTER TABLE "access_client" ADD COLUMN "created_by" UUID;
