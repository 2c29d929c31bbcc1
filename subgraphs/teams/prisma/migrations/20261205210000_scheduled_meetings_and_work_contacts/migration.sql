-- Network meetings scheduled ahead (then recorded as held or cancelled), and professionals' work
-- contact details (directory data). Meetings recorded before this were held: status HELD.
CREATE TYPE "MeetingStatus" AS ENUM ('SCHEDULED', 'HELD', 'CANCELLED');

ALTER TABLE "meeting" ADD COLUMN "status" "MeetingStatus" NOT NULL DEFAULT 'HELD',
    ADD COLUMN "starts_at" TIMESTAMPTZ(3),
    ADD COLUMN "place" TEXT,
    ADD COLUMN "video_link" TEXT,
    ADD COLUMN "outcome" TEXT,
    ADD COLUMN "cancellation_reason" TEXT;

ALTER TABLE "professional" ADD COLUMN "work_phone" TEXT,
    ADD COLUMN "work_email" TEXT;
