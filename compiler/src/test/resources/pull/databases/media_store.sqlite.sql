-- A digital media store in the style of a well-known sample database: PascalCase tables
-- and columns, PK_/FK_/IFK_ constraint names, INTEGER keys without AUTOINCREMENT, a self
-- reference (employees report to employees), a composite key made of two foreign keys, a
-- column name with a space, checks, an enum-like CHECK (... IN ...), a view, an audit
-- trigger and a log table without a key. Written by hand for schemac's pull tests.

PRAGMA foreign_keys = ON;

CREATE TABLE Artist (
    ArtistId INTEGER NOT NULL,
    -- Stage name, as credited.
    Name NVARCHAR(120),
    CONSTRAINT PK_Artist PRIMARY KEY (ArtistId)
);

CREATE TABLE Album (
    AlbumId INTEGER NOT NULL,
    Title VARCHAR(160) NOT NULL,
    ArtistId INTEGER NOT NULL,
    CONSTRAINT PK_Album PRIMARY KEY (AlbumId),
    CONSTRAINT FK_AlbumArtistId FOREIGN KEY (ArtistId) REFERENCES Artist (ArtistId) ON DELETE NO ACTION ON UPDATE NO ACTION
);
CREATE INDEX IFK_AlbumArtistId ON Album (ArtistId);

CREATE TABLE Genre (
    GenreId INTEGER NOT NULL,
    Name VARCHAR(120),
    "Display Name" VARCHAR(120),
    CONSTRAINT PK_Genre PRIMARY KEY (GenreId)
);

CREATE TABLE MediaType (
    MediaTypeId INTEGER NOT NULL,
    Name VARCHAR(120),
    Kind VARCHAR(5) NOT NULL DEFAULT 'audio',
    CONSTRAINT PK_MediaType PRIMARY KEY (MediaTypeId),
    CONSTRAINT ck_MediaType_Kind CHECK (Kind IN ('audio', 'video'))
);

CREATE TABLE Track (
    TrackId INTEGER NOT NULL,
    Name VARCHAR(200) NOT NULL,
    AlbumId INTEGER,
    MediaTypeId INTEGER NOT NULL,
    GenreId INTEGER,
    Composer VARCHAR(220),
    Milliseconds INTEGER NOT NULL,
    Bytes INTEGER,
    UnitPrice NUMERIC(10, 2) NOT NULL,
    CONSTRAINT PK_Track PRIMARY KEY (TrackId),
    CONSTRAINT FK_TrackAlbumId FOREIGN KEY (AlbumId) REFERENCES Album (AlbumId) ON DELETE NO ACTION ON UPDATE NO ACTION,
    CONSTRAINT FK_TrackGenreId FOREIGN KEY (GenreId) REFERENCES Genre (GenreId) ON DELETE NO ACTION ON UPDATE NO ACTION,
    CONSTRAINT FK_TrackMediaTypeId FOREIGN KEY (MediaTypeId) REFERENCES MediaType (MediaTypeId) ON DELETE NO ACTION ON UPDATE NO ACTION,
    CONSTRAINT CK_Track_Milliseconds CHECK (Milliseconds > 0),
    CONSTRAINT CK_Track_UnitPrice CHECK (UnitPrice >= 0 AND UnitPrice <= 99.99)
);
CREATE INDEX IFK_TrackAlbumId ON Track (AlbumId);
CREATE INDEX IFK_TrackGenreId ON Track (GenreId);
CREATE INDEX IFK_TrackMediaTypeId ON Track (MediaTypeId);
CREATE INDEX IX_Track_Composer ON Track (Composer) WHERE Composer IS NOT NULL;

CREATE TABLE Playlist (
    PlaylistId INTEGER NOT NULL,
    Name VARCHAR(120),
    CONSTRAINT PK_Playlist PRIMARY KEY (PlaylistId)
);

CREATE TABLE PlaylistTrack (
    PlaylistId INTEGER NOT NULL,
    TrackId INTEGER NOT NULL,
    CONSTRAINT PK_PlaylistTrack PRIMARY KEY (PlaylistId, TrackId),
    CONSTRAINT FK_PlaylistTrackPlaylistId FOREIGN KEY (PlaylistId) REFERENCES Playlist (PlaylistId) ON DELETE NO ACTION ON UPDATE NO ACTION,
    CONSTRAINT FK_PlaylistTrackTrackId FOREIGN KEY (TrackId) REFERENCES Track (TrackId) ON DELETE NO ACTION ON UPDATE NO ACTION
);
CREATE INDEX IFK_PlaylistTrackTrackId ON PlaylistTrack (TrackId);

CREATE TABLE Employee (
    EmployeeId INTEGER NOT NULL,
    LastName VARCHAR(20) NOT NULL,
    FirstName VARCHAR(20) NOT NULL,
    Title VARCHAR(30),
    ReportsTo INTEGER,
    BirthDate DATETIME,
    HireDate DATETIME,
    Email VARCHAR(60),
    CONSTRAINT PK_Employee PRIMARY KEY (EmployeeId),
    CONSTRAINT FK_EmployeeReportsTo FOREIGN KEY (ReportsTo) REFERENCES Employee (EmployeeId) ON DELETE NO ACTION ON UPDATE NO ACTION
);
CREATE INDEX IFK_EmployeeReportsTo ON Employee (ReportsTo);

CREATE TABLE Customer (
    CustomerId INTEGER NOT NULL,
    FirstName VARCHAR(40) NOT NULL,
    LastName VARCHAR(20) NOT NULL,
    Company VARCHAR(80),
    Country VARCHAR(40),
    Email VARCHAR(60) NOT NULL,
    SupportRepId INTEGER,
    CONSTRAINT PK_Customer PRIMARY KEY (CustomerId),
    CONSTRAINT UQ_Customer_Email UNIQUE (Email),
    CONSTRAINT FK_CustomerSupportRepId FOREIGN KEY (SupportRepId) REFERENCES Employee (EmployeeId) ON DELETE NO ACTION ON UPDATE NO ACTION
);
CREATE INDEX IFK_CustomerSupportRepId ON Customer (SupportRepId);

CREATE TABLE Invoice (
    InvoiceId INTEGER NOT NULL,
    CustomerId INTEGER NOT NULL,
    InvoiceDate DATETIME NOT NULL,
    BillingCountry VARCHAR(40),
    Total NUMERIC(10, 2) NOT NULL,
    CONSTRAINT PK_Invoice PRIMARY KEY (InvoiceId),
    CONSTRAINT FK_InvoiceCustomerId FOREIGN KEY (CustomerId) REFERENCES Customer (CustomerId) ON DELETE NO ACTION ON UPDATE NO ACTION,
    CONSTRAINT CK_Invoice_Total CHECK (Total >= 0)
);
CREATE INDEX IFK_InvoiceCustomerId ON Invoice (CustomerId);

CREATE TABLE InvoiceLine (
    InvoiceLineId INTEGER NOT NULL,
    InvoiceId INTEGER NOT NULL,
    TrackId INTEGER NOT NULL,
    UnitPrice NUMERIC(10, 2) NOT NULL,
    Quantity INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT PK_InvoiceLine PRIMARY KEY (InvoiceLineId),
    CONSTRAINT FK_InvoiceLineInvoiceId FOREIGN KEY (InvoiceId) REFERENCES Invoice (InvoiceId) ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT FK_InvoiceLineTrackId FOREIGN KEY (TrackId) REFERENCES Track (TrackId) ON DELETE NO ACTION ON UPDATE NO ACTION,
    CONSTRAINT CK_InvoiceLine_Quantity CHECK (Quantity > 0)
);
CREATE INDEX IFK_InvoiceLineInvoiceId ON InvoiceLine (InvoiceId);
CREATE INDEX IFK_InvoiceLineTrackId ON InvoiceLine (TrackId);

-- Written by the import job; rows are appended, never updated.
CREATE TABLE ImportLog (
    At DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    Line TEXT
);

CREATE TRIGGER TR_Invoice_Audit AFTER INSERT ON Invoice
BEGIN
    INSERT INTO ImportLog (Line) VALUES ('invoice ' || NEW.InvoiceId);
END;

CREATE VIEW TopTracks AS
    SELECT t.TrackId, t.Name, COUNT(*) AS Sold
    FROM Track t JOIN InvoiceLine l ON l.TrackId = t.TrackId
    GROUP BY t.TrackId, t.Name;
