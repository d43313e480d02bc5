CREATE TABLE "platform"."event_deliveries" (
	"consumer" text NOT NULL,
	"event_id" uuid NOT NULL,
	"delivered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_deliveries_consumer_event_id_pk" PRIMARY KEY("consumer","event_id")
);
--> statement-breakpoint
CREATE TABLE "platform"."notifications" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "platform"."notifications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"event_id" uuid NOT NULL,
	"recipient_sub" text NOT NULL,
	"title" jsonb NOT NULL,
	"body" jsonb,
	"link" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	CONSTRAINT "notifications_event_recipient_key" UNIQUE("event_id","recipient_sub")
);
--> statement-breakpoint
CREATE INDEX "event_deliveries_delivered_at_idx" ON "platform"."event_deliveries" USING btree ("delivered_at");--> statement-breakpoint
CREATE INDEX "notifications_recipient_idx" ON "platform"."notifications" USING btree ("recipient_sub","id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "notifications_unread_idx" ON "platform"."notifications" USING btree ("recipient_sub") WHERE "platform"."notifications"."read_at" is null;