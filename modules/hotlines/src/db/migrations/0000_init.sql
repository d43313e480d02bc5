CREATE SCHEMA "hotlines";
--> statement-breakpoint
CREATE TABLE "hotlines"."lines" (
	"id" text PRIMARY KEY NOT NULL,
	"scope" text NOT NULL,
	"kind" text NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"number" text NOT NULL,
	"tel" text NOT NULL,
	"description_vi" text,
	"description_en" text,
	"unit_vi" text,
	"unit_en" text,
	"address" text,
	"lat" double precision,
	"lng" double precision,
	"open_24h" boolean DEFAULT false NOT NULL,
	"hours_vi" text,
	"hours_en" text,
	"display_order" integer DEFAULT 0 NOT NULL,
	"search_text" text GENERATED ALWAYS AS (lower(translate(coalesce("name_vi", '') || ' ' || coalesce("name_en", '') || ' ' || coalesce("unit_vi", '') || ' ' || coalesce("unit_en", '') || ' ' || coalesce("address", '') || ' ' || coalesce("number", ''), 'đĐàáãảạAÀÁÃẢẠăằắẵẳặĂẰẮẴẲẶâầấẫẩậÂẦẤẪẨẬèéẽẻẹEÈÉẼẺẸêềếễểệÊỀẾỄỂỆìíĩỉịIÌÍĨỈỊòóõỏọOÒÓÕỎỌôồốỗổộÔỒỐỖỔỘơờớỡởợƠỜỚỠỞỢùúũủụUÙÚŨỦỤưừứữửựƯỪỨỮỬỰỳýỹỷỵYỲÝỸỶỴ̛̣̀́̂̃̆̉', 'ddaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeeeeeeeeiiiiiiiiiiiooooooooooooooooooooooooooooooooooouuuuuuuuuuuuuuuuuuuuuuuyyyyyyyyyyy'))) STORED NOT NULL,
	CONSTRAINT "lines_scope_check" CHECK ("hotlines"."lines"."scope" in ('national', 'local')),
	CONSTRAINT "lines_kind_check" CHECK ("hotlines"."lines"."kind" in ('police', 'fire', 'hospital', 'health_center', 'rescue', 'child_protection', 'government', 'utility', 'other')),
	CONSTRAINT "lines_tel_check" CHECK ("hotlines"."lines"."tel" ~ '^\+?[0-9]{3,15}$'),
	CONSTRAINT "lines_location_check" CHECK (("hotlines"."lines"."lat" is null and "hotlines"."lines"."lng" is null) or ("hotlines"."lines"."lat" between -90 and 90 and "hotlines"."lines"."lng" between -180 and 180))
);
--> statement-breakpoint
CREATE INDEX "lines_scope_order_idx" ON "hotlines"."lines" USING btree ("scope","display_order");