CREATE SCHEMA "platform";
--> statement-breakpoint
CREATE TABLE "platform"."modules" (
	"id" text PRIMARY KEY NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"description_vi" text,
	"description_en" text,
	"icon" text NOT NULL,
	"audience" text[] NOT NULL,
	"version" text NOT NULL,
	"remote_entry" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"order" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
