-- A client's scores newest first: the latest outcome score and session rating of each client on a
-- caseload are the first entries of this walk, where (client_id, instrument, measured_on) had every
-- row of the client's kinds read and sorted (docs/benchmarks.md, "Fourteenth sitting").
CREATE INDEX "measurement_client_id_measured_on_created_at_id_idx" ON "measurement"("client_id", "measured_on" DESC, "created_at" DESC, "id" DESC);
