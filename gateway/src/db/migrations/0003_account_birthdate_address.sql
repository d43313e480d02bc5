ALTER TABLE "platform"."accounts" ADD COLUMN "birthdate" text;--> statement-breakpoint
ALTER TABLE "platform"."accounts" ADD COLUMN "address" text;