-- A digital media store in the style of a well-known sample database, as its PostgreSQL
-- edition writes it: quoted PascalCase names, "PK_"/"FK_"/"IFK_" constraint names, plain
-- TIMESTAMP columns, a self reference, a composite key of two foreign keys, comments, an
-- enum type, a partial index, an index on an expression, a full-text column, a view and a
-- function. Written by hand for schemac's pull tests.

CREATE TYPE "media_kind" AS ENUM ('audio', 'video', 'protected audio');

CREATE TABLE "Artist" (
    "ArtistId" INT NOT NULL,
    "Name" VARCHAR(120),
    CONSTRAINT "PK_Artist" PRIMARY KEY ("ArtistId")
);
COMMENT ON TABLE "Artist" IS 'A performer or band.';
COMMENT ON COLUMN "Artist"."Name" IS 'Stage name, as credited.';

CREATE TABLE "Album" (
    "AlbumId" INT NOT NULL,
    "Title" VARCHAR(160) NOT NULL,
    "ArtistId" INT NOT NULL,
    CONSTRAINT "PK_Album" PRIMARY KEY ("AlbumId")
);

CREATE TABLE "Genre" (
    "GenreId" INT NOT NULL,
    "Name" VARCHAR(120),
    CONSTRAINT "PK_Genre" PRIMARY KEY ("GenreId")
);

CREATE TABLE "MediaType" (
    "MediaTypeId" INT NOT NULL,
    "Name" VARCHAR(120),
    "Kind" media_kind NOT NULL DEFAULT 'audio',
    CONSTRAINT "PK_MediaType" PRIMARY KEY ("MediaTypeId")
);

CREATE TABLE "Track" (
    "TrackId" INT NOT NULL,
    "Name" VARCHAR(200) NOT NULL,
    "AlbumId" INT,
    "MediaTypeId" INT NOT NULL,
    "GenreId" INT,
    "Composer" VARCHAR(220),
    "Milliseconds" INT NOT NULL,
    "Bytes" INT,
    "UnitPrice" NUMERIC(10,2) NOT NULL,
    "Lyrics" tsvector,
    CONSTRAINT "PK_Track" PRIMARY KEY ("TrackId"),
    CONSTRAINT "CK_Track_Milliseconds" CHECK ("Milliseconds" > 0),
    CONSTRAINT "CK_Track_UnitPrice" CHECK ("UnitPrice" BETWEEN 0 AND 99.99)
);

CREATE TABLE "Playlist" (
    "PlaylistId" INT NOT NULL,
    "Name" VARCHAR(120),
    CONSTRAINT "PK_Playlist" PRIMARY KEY ("PlaylistId")
);

CREATE TABLE "PlaylistTrack" (
    "PlaylistId" INT NOT NULL,
    "TrackId" INT NOT NULL,
    CONSTRAINT "PK_PlaylistTrack" PRIMARY KEY ("PlaylistId", "TrackId")
);

CREATE TABLE "Employee" (
    "EmployeeId" INT NOT NULL,
    "LastName" VARCHAR(20) NOT NULL,
    "FirstName" VARCHAR(20) NOT NULL,
    "Title" VARCHAR(30),
    "ReportsTo" INT,
    "BirthDate" TIMESTAMP,
    "HireDate" TIMESTAMP,
    "Email" VARCHAR(60),
    CONSTRAINT "PK_Employee" PRIMARY KEY ("EmployeeId")
);

CREATE TABLE "Customer" (
    "CustomerId" INT NOT NULL,
    "FirstName" VARCHAR(40) NOT NULL,
    "LastName" VARCHAR(20) NOT NULL,
    "Company" VARCHAR(80),
    "Country" VARCHAR(40),
    "Email" VARCHAR(60) NOT NULL,
    "SupportRepId" INT,
    CONSTRAINT "PK_Customer" PRIMARY KEY ("CustomerId"),
    CONSTRAINT "UQ_Customer_Email" UNIQUE ("Email")
);

CREATE TABLE "Invoice" (
    "InvoiceId" INT NOT NULL,
    "CustomerId" INT NOT NULL,
    "InvoiceDate" TIMESTAMP NOT NULL,
    "BillingCountry" VARCHAR(40),
    "Total" NUMERIC(10,2) NOT NULL,
    CONSTRAINT "PK_Invoice" PRIMARY KEY ("InvoiceId"),
    CONSTRAINT "CK_Invoice_Total" CHECK ("Total" >= 0)
);

CREATE TABLE "InvoiceLine" (
    "InvoiceLineId" INT NOT NULL,
    "InvoiceId" INT NOT NULL,
    "TrackId" INT NOT NULL,
    "UnitPrice" NUMERIC(10,2) NOT NULL,
    "Quantity" INT NOT NULL DEFAULT 1,
    CONSTRAINT "PK_InvoiceLine" PRIMARY KEY ("InvoiceLineId"),
    CONSTRAINT "CK_InvoiceLine_Quantity" CHECK ("Quantity" > 0)
);

ALTER TABLE "Album" ADD CONSTRAINT "FK_AlbumArtistId"
    FOREIGN KEY ("ArtistId") REFERENCES "Artist" ("ArtistId") ON DELETE NO ACTION ON UPDATE NO ACTION;
CREATE INDEX "IFK_AlbumArtistId" ON "Album" ("ArtistId");
ALTER TABLE "Customer" ADD CONSTRAINT "FK_CustomerSupportRepId"
    FOREIGN KEY ("SupportRepId") REFERENCES "Employee" ("EmployeeId") ON DELETE NO ACTION ON UPDATE NO ACTION;
CREATE INDEX "IFK_CustomerSupportRepId" ON "Customer" ("SupportRepId");
ALTER TABLE "Employee" ADD CONSTRAINT "FK_EmployeeReportsTo"
    FOREIGN KEY ("ReportsTo") REFERENCES "Employee" ("EmployeeId") ON DELETE NO ACTION ON UPDATE NO ACTION;
CREATE INDEX "IFK_EmployeeReportsTo" ON "Employee" ("ReportsTo");
ALTER TABLE "Invoice" ADD CONSTRAINT "FK_InvoiceCustomerId"
    FOREIGN KEY ("CustomerId") REFERENCES "Customer" ("CustomerId") ON DELETE NO ACTION ON UPDATE NO ACTION;
CREATE INDEX "IFK_InvoiceCustomerId" ON "Invoice" ("CustomerId");
ALTER TABLE "InvoiceLine" ADD CONSTRAINT "FK_InvoiceLineInvoiceId"
    FOREIGN KEY ("InvoiceId") REFERENCES "Invoice" ("InvoiceId") ON DELETE CASCADE ON UPDATE NO ACTION;
CREATE INDEX "IFK_InvoiceLineInvoiceId" ON "InvoiceLine" ("InvoiceId");
ALTER TABLE "InvoiceLine" ADD CONSTRAINT "FK_InvoiceLineTrackId"
    FOREIGN KEY ("TrackId") REFERENCES "Track" ("TrackId") ON DELETE NO ACTION ON UPDATE NO ACTION;
CREATE INDEX "IFK_InvoiceLineTrackId" ON "InvoiceLine" ("TrackId");
ALTER TABLE "PlaylistTrack" ADD CONSTRAINT "FK_PlaylistTrackPlaylistId"
    FOREIGN KEY ("PlaylistId") REFERENCES "Playlist" ("PlaylistId") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "PlaylistTrack" ADD CONSTRAINT "FK_PlaylistTrackTrackId"
    FOREIGN KEY ("TrackId") REFERENCES "Track" ("TrackId") ON DELETE NO ACTION ON UPDATE NO ACTION;
CREATE INDEX "IFK_PlaylistTrackTrackId" ON "PlaylistTrack" ("TrackId");
ALTER TABLE "Track" ADD CONSTRAINT "FK_TrackAlbumId"
    FOREIGN KEY ("AlbumId") REFERENCES "Album" ("AlbumId") ON DELETE NO ACTION ON UPDATE NO ACTION;
CREATE INDEX "IFK_TrackAlbumId" ON "Track" ("AlbumId");
ALTER TABLE "Track" ADD CONSTRAINT "FK_TrackGenreId"
    FOREIGN KEY ("GenreId") REFERENCES "Genre" ("GenreId") ON DELETE NO ACTION ON UPDATE NO ACTION;
CREATE INDEX "IFK_TrackGenreId" ON "Track" ("GenreId");
ALTER TABLE "Track" ADD CONSTRAINT "FK_TrackMediaTypeId"
    FOREIGN KEY ("MediaTypeId") REFERENCES "MediaType" ("MediaTypeId") ON DELETE NO ACTION ON UPDATE NO ACTION;
CREATE INDEX "IFK_TrackMediaTypeId" ON "Track" ("MediaTypeId");
CREATE INDEX "IX_Track_Composer" ON "Track" ("Composer") WHERE "Composer" IS NOT NULL;
CREATE INDEX "IX_Track_Name_Lower" ON "Track" (lower("Name"));
CREATE INDEX "IX_Track_Lyrics" ON "Track" USING gin ("Lyrics");

CREATE VIEW "TopTracks" AS
    SELECT t."TrackId", t."Name", count(*) AS "Sold"
    FROM "Track" t JOIN "InvoiceLine" l ON l."TrackId" = t."TrackId"
    GROUP BY t."TrackId", t."Name";

CREATE FUNCTION "InvoiceTotal"(invoice integer) RETURNS numeric LANGUAGE sql AS $$
    SELECT sum("UnitPrice" * "Quantity") FROM "InvoiceLine" WHERE "InvoiceId" = invoice;
$$;
