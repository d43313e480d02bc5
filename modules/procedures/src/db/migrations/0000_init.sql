CREATE SCHEMA "procedures";
--> statement-breakpoint
CREATE TABLE "procedures"."agencies" (
	"id" text PRIMARY KEY NOT NULL,
	"code_prefix" text NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"level" text NOT NULL,
	"address" text NOT NULL,
	"phone" text NOT NULL,
	"hours_vi" text NOT NULL,
	"hours_en" text NOT NULL,
	CONSTRAINT "agencies_code_prefix_unique" UNIQUE("code_prefix"),
	CONSTRAINT "agencies_level_check" CHECK ("procedures"."agencies"."level" in ('commune', 'district', 'province'))
);
--> statement-breakpoint
CREATE TABLE "procedures"."apology_letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"previous_appointment_at" timestamp with time zone NOT NULL,
	"new_appointment_at" timestamp with time zone NOT NULL,
	"issued_by" text NOT NULL,
	"issued_by_name" text,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procedures"."attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"document_id" text NOT NULL,
	"supplement_request_id" uuid,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" bigint NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by" text NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attachments_storage_key_unique" UNIQUE("storage_key")
);
--> statement-breakpoint
CREATE TABLE "procedures"."audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "procedures"."audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"dossier_id" uuid NOT NULL,
	"action" text NOT NULL,
	"actor_sub" text NOT NULL,
	"actor_name" text,
	"actor_unit_id" text,
	"before" jsonb,
	"after" jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procedures"."code_counters" (
	"agency_id" text NOT NULL,
	"day" text NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "code_counters_agency_id_day_pk" PRIMARY KEY("agency_id","day")
);
--> statement-breakpoint
CREATE TABLE "procedures"."dossier_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "procedures"."dossier_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"dossier_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"visibility" text NOT NULL,
	"actor_sub" text,
	"actor_name" text,
	"from_status" text,
	"to_status" text NOT NULL,
	"text" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dossier_events_kind_check" CHECK ("procedures"."dossier_events"."kind" in ('created', 'submitted', 'withdrawn', 'received', 'refused', 'assigned', 'supplement_requested', 'supplement_provided', 'approved', 'denied', 'result_issued', 'payment_confirmed', 'result_returned', 'apology_issued')),
	CONSTRAINT "dossier_events_visibility_check" CHECK ("procedures"."dossier_events"."visibility" in ('applicant', 'internal'))
);
--> statement-breakpoint
CREATE TABLE "procedures"."dossiers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text,
	"procedure_id" text NOT NULL,
	"agency_id" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"applicant_sub" text NOT NULL,
	"applicant_type" text NOT NULL,
	"applicant_name" text NOT NULL,
	"applicant_id_number" text NOT NULL,
	"org_tax_code" text,
	"org_name" text,
	"form" jsonb NOT NULL,
	"fee_vnd" integer DEFAULT 0 NOT NULL,
	"fee_status" text DEFAULT 'none' NOT NULL,
	"payment_provider" text,
	"payment_reference" text,
	"paid_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"received_at" timestamp with time zone,
	"appointment_at" timestamp with time zone,
	"paused_at" timestamp with time zone,
	"handler_sub" text,
	"handler_name" text,
	"reason" text,
	"decided_at" timestamp with time zone,
	"result_file_key" text,
	"result_sha256" text,
	"verification_code" text,
	"result_issued_at" timestamp with time zone,
	"returned_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dossiers_code_unique" UNIQUE("code"),
	CONSTRAINT "dossiers_verification_code_unique" UNIQUE("verification_code"),
	CONSTRAINT "dossiers_status_check" CHECK ("procedures"."dossiers"."status" in ('draft', 'submitted', 'processing', 'awaiting_supplement', 'approved', 'result_issued', 'returned', 'withdrawn', 'refused', 'denied')),
	CONSTRAINT "dossiers_fee_status_check" CHECK ("procedures"."dossiers"."fee_status" in ('none', 'due', 'paid')),
	CONSTRAINT "dossiers_code_check" CHECK ("procedures"."dossiers"."status" = 'draft' or "procedures"."dossiers"."code" is not null)
);
--> statement-breakpoint
CREATE TABLE "procedures"."fields" (
	"id" text PRIMARY KEY NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"display_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procedures"."holidays" (
	"day" date PRIMARY KEY NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procedures"."idempotency_keys" (
	"caller_sub" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"status" integer NOT NULL,
	"response" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_caller_sub_key_pk" PRIMARY KEY("caller_sub","key")
);
--> statement-breakpoint
CREATE TABLE "procedures"."outbox" (
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
CREATE TABLE "procedures"."procedures" (
	"id" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"field_id" text NOT NULL,
	"level" text NOT NULL,
	"agency_id" text NOT NULL,
	"processing_days" integer NOT NULL,
	"fee_vnd" integer DEFAULT 0 NOT NULL,
	"fee_note" jsonb,
	"legal_basis" jsonb NOT NULL,
	"applicant_types" text[] NOT NULL,
	"online_level" text NOT NULL,
	"result_delivery" text NOT NULL,
	"result_name" jsonb NOT NULL,
	"summary" jsonb NOT NULL,
	"required_documents" jsonb NOT NULL,
	"form" jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"display_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "procedures_code_unique" UNIQUE("code"),
	CONSTRAINT "procedures_level_check" CHECK ("procedures"."procedures"."level" in ('commune', 'district', 'province')),
	CONSTRAINT "procedures_online_level_check" CHECK ("procedures"."procedures"."online_level" in ('full', 'partial')),
	CONSTRAINT "procedures_result_delivery_check" CHECK ("procedures"."procedures"."result_delivery" in ('electronic', 'counter')),
	CONSTRAINT "procedures_days_check" CHECK ("procedures"."procedures"."processing_days" >= 0)
);
--> statement-breakpoint
CREATE TABLE "procedures"."supplement_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"document_ids" text[] DEFAULT '{}' NOT NULL,
	"requested_by" text NOT NULL,
	"requested_by_name" text,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone,
	"answer_note" text,
	"paused_working_days" integer
);
--> statement-breakpoint
ALTER TABLE "procedures"."apology_letters" ADD CONSTRAINT "apology_letters_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "procedures"."dossiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures"."attachments" ADD CONSTRAINT "attachments_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "procedures"."dossiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures"."dossier_events" ADD CONSTRAINT "dossier_events_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "procedures"."dossiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures"."dossiers" ADD CONSTRAINT "dossiers_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "procedures"."procedures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures"."dossiers" ADD CONSTRAINT "dossiers_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "procedures"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures"."procedures" ADD CONSTRAINT "procedures_field_id_fields_id_fk" FOREIGN KEY ("field_id") REFERENCES "procedures"."fields"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures"."procedures" ADD CONSTRAINT "procedures_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "procedures"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures"."supplement_requests" ADD CONSTRAINT "supplement_requests_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "procedures"."dossiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "apology_letters_dossier_idx" ON "procedures"."apology_letters" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "attachments_dossier_idx" ON "procedures"."attachments" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "audit_log_dossier_idx" ON "procedures"."audit_log" USING btree ("dossier_id","id");--> statement-breakpoint
CREATE INDEX "dossier_events_dossier_idx" ON "procedures"."dossier_events" USING btree ("dossier_id","id");--> statement-breakpoint
CREATE INDEX "dossiers_applicant_idx" ON "procedures"."dossiers" USING btree ("applicant_sub","updated_at");--> statement-breakpoint
CREATE INDEX "dossiers_org_idx" ON "procedures"."dossiers" USING btree ("org_tax_code","updated_at");--> statement-breakpoint
CREATE INDEX "dossiers_agency_status_idx" ON "procedures"."dossiers" USING btree ("agency_id","status","appointment_at");--> statement-breakpoint
CREATE INDEX "idempotency_keys_created_idx" ON "procedures"."idempotency_keys" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "procedures"."outbox" USING btree ("delivered_at","next_attempt_at");--> statement-breakpoint
CREATE INDEX "procedures_field_idx" ON "procedures"."procedures" USING btree ("field_id");--> statement-breakpoint
CREATE INDEX "procedures_agency_idx" ON "procedures"."procedures" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "supplement_requests_dossier_idx" ON "procedures"."supplement_requests" USING btree ("dossier_id");