CREATE SCHEMA "feedback";
--> statement-breakpoint
CREATE TABLE "feedback"."areas" (
	"id" text PRIMARY KEY NOT NULL,
	"level" text NOT NULL,
	"parent_id" text,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"geometry" jsonb NOT NULL,
	"min_lng" double precision NOT NULL,
	"min_lat" double precision NOT NULL,
	"max_lng" double precision NOT NULL,
	"max_lat" double precision NOT NULL,
	CONSTRAINT "areas_level_check" CHECK ("feedback"."areas"."level" in ('province', 'district', 'ward', 'group'))
);
--> statement-breakpoint
CREATE TABLE "feedback"."audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "feedback"."audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"report_id" uuid NOT NULL,
	"action" text NOT NULL,
	"actor_sub" text NOT NULL,
	"actor_name" text,
	"actor_units" text[] DEFAULT '{}' NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "feedback"."categories" (
	"id" text PRIMARY KEY NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"icon" text NOT NULL,
	"deadline_days" integer NOT NULL,
	"display_order" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback"."code_counters" (
	"year" integer PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback"."holidays" (
	"day" date PRIMARY KEY NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback"."idempotency_keys" (
	"caller_sub" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"status" integer NOT NULL,
	"response" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_caller_sub_key_pk" PRIMARY KEY("caller_sub","key")
);
--> statement-breakpoint
CREATE TABLE "feedback"."outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" text NOT NULL,
	"subject" text,
	"data" jsonb NOT NULL,
	"notify" jsonb,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"delivered_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback"."photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"position" integer NOT NULL,
	"full_key" text NOT NULL,
	"thumb_key" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"bytes" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "photos_purpose_check" CHECK ("feedback"."photos"."purpose" in ('report', 'answer'))
);
--> statement-breakpoint
CREATE TABLE "feedback"."report_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "feedback"."report_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"report_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" text NOT NULL,
	"visibility" text NOT NULL,
	"actor_sub" text,
	"actor_name" text,
	"actor_unit_id" text,
	"from_status" text,
	"to_status" text,
	"unit_id" text,
	"text" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "report_events_visibility_check" CHECK ("feedback"."report_events"."visibility" in ('public', 'reporter', 'internal'))
);
--> statement-breakpoint
CREATE TABLE "feedback"."report_followers" (
	"report_id" uuid NOT NULL,
	"follower_sub" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_followers_report_id_follower_sub_pk" PRIMARY KEY("report_id","follower_sub")
);
--> statement-breakpoint
CREATE TABLE "feedback"."reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"category_id" text NOT NULL,
	"description" text NOT NULL,
	"is_public" boolean NOT NULL,
	"status" text NOT NULL,
	"reporter_sub" text NOT NULL,
	"reporter_name" text NOT NULL,
	"reporter_phone" text,
	"reporter_national_id" text,
	"lat" double precision NOT NULL,
	"lng" double precision NOT NULL,
	"accuracy_m" double precision,
	"location_source" text NOT NULL,
	"district_id" text,
	"ward_id" text,
	"group_id" text,
	"place_vi" text NOT NULL,
	"place_en" text NOT NULL,
	"unit_id" text NOT NULL,
	"handler_sub" text,
	"handler_name" text,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"accepted_at" timestamp with time zone,
	"due_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone,
	"answer_text" text,
	"answered_by_unit_id" text,
	"reject_reason" text,
	"closed_at" timestamp with time zone,
	"rating" text,
	"rating_comment" text,
	"rated_at" timestamp with time zone,
	"reopen_count" integer DEFAULT 0 NOT NULL,
	"reopened_at" timestamp with time zone,
	"privacy_flags" text[] DEFAULT '{}' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reports_code_unique" UNIQUE("code"),
	CONSTRAINT "reports_status_check" CHECK ("feedback"."reports"."status" in ('submitted', 'in_progress', 'answered', 'closed', 'rejected')),
	CONSTRAINT "reports_location_source_check" CHECK ("feedback"."reports"."location_source" in ('device', 'pin')),
	CONSTRAINT "reports_rating_check" CHECK ("feedback"."reports"."rating" is null or "feedback"."reports"."rating" in ('satisfied', 'not_satisfied')),
	CONSTRAINT "reports_description_check" CHECK (char_length("feedback"."reports"."description") between 10 and 5000)
);
--> statement-breakpoint
CREATE TABLE "feedback"."routing_rules" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "feedback"."routing_rules_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"category_id" text,
	"area_id" text,
	"unit_id" text NOT NULL,
	CONSTRAINT "routing_rules_match_key" UNIQUE NULLS NOT DISTINCT("category_id","area_id")
);
--> statement-breakpoint
CREATE TABLE "feedback"."units" (
	"id" text PRIMARY KEY NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"kind" text NOT NULL,
	"area_id" text,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "units_kind_check" CHECK ("feedback"."units"."kind" in ('ward_committee', 'city_department', 'company', 'province_department', 'province_office'))
);
--> statement-breakpoint
ALTER TABLE "feedback"."audit_log" ADD CONSTRAINT "audit_log_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "feedback"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback"."photos" ADD CONSTRAINT "photos_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "feedback"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback"."report_events" ADD CONSTRAINT "report_events_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "feedback"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback"."report_followers" ADD CONSTRAINT "report_followers_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "feedback"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback"."reports" ADD CONSTRAINT "reports_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "feedback"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback"."reports" ADD CONSTRAINT "reports_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "feedback"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback"."routing_rules" ADD CONSTRAINT "routing_rules_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "feedback"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback"."routing_rules" ADD CONSTRAINT "routing_rules_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "feedback"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback"."routing_rules" ADD CONSTRAINT "routing_rules_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "feedback"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "areas_parent_idx" ON "feedback"."areas" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "areas_bbox_idx" ON "feedback"."areas" USING btree ("min_lat","max_lat","min_lng","max_lng");--> statement-breakpoint
CREATE INDEX "audit_log_report_idx" ON "feedback"."audit_log" USING btree ("report_id","id");--> statement-breakpoint
CREATE INDEX "idempotency_keys_created_idx" ON "feedback"."idempotency_keys" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "feedback"."outbox" USING btree ("delivered_at","next_attempt_at");--> statement-breakpoint
CREATE INDEX "photos_report_idx" ON "feedback"."photos" USING btree ("report_id","purpose","position");--> statement-breakpoint
CREATE INDEX "report_events_report_idx" ON "feedback"."report_events" USING btree ("report_id","id");--> statement-breakpoint
CREATE INDEX "report_followers_sub_idx" ON "feedback"."report_followers" USING btree ("follower_sub");--> statement-breakpoint
CREATE INDEX "reports_unit_status_idx" ON "feedback"."reports" USING btree ("unit_id","status","due_at");--> statement-breakpoint
CREATE INDEX "reports_reporter_idx" ON "feedback"."reports" USING btree ("reporter_sub","submitted_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "reports_public_feed_idx" ON "feedback"."reports" USING btree ("is_public","submitted_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "reports_ward_idx" ON "feedback"."reports" USING btree ("ward_id");--> statement-breakpoint
CREATE INDEX "reports_location_idx" ON "feedback"."reports" USING btree ("category_id","lat","lng");