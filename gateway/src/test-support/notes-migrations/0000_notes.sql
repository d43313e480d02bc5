CREATE SCHEMA "notes";
--> statement-breakpoint
CREATE TABLE "notes"."items" (
	"id" serial PRIMARY KEY NOT NULL,
	"text" text NOT NULL
);
