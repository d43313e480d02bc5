CREATE SCHEMA "broken";
--> statement-breakpoint
CREATE TABLE "broken"."things" ("id" serial PRIMARY KEY NOT NULL);
