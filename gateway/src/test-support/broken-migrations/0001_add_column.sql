ALTER TABLE "broken"."things" ADD COLUMN "name" text;
--> statement-breakpoint
ALTER TABLE "broken"."things" ADD COLUM "typo" text;
