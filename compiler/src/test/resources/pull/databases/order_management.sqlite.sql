-- An order-management schema in the style of a well-known trading-company sample database,
-- as its SQLite port writes it: PascalCase tables, a table whose name has a space
-- ("Order Details") with a composite key of two foreign keys, natural text keys
-- (CustomerID CHAR(5)), a self reference (employees report to employees), a pure link table
-- (EmployeeTerritories), unnamed and named constraints, AUTOINCREMENT keys, defaults,
-- checks, a last-modified trigger, and a view. Written by hand for schemac's pull tests.

PRAGMA foreign_keys = ON;

CREATE TABLE Categories (
    CategoryID INTEGER PRIMARY KEY AUTOINCREMENT,
    CategoryName VARCHAR(15) NOT NULL,
    Description TEXT,
    Picture BLOB
);
CREATE INDEX CategoryName ON Categories (CategoryName);

CREATE TABLE Suppliers (
    SupplierID INTEGER PRIMARY KEY AUTOINCREMENT,
    CompanyName VARCHAR(40) NOT NULL,
    ContactName VARCHAR(30),
    Country VARCHAR(15),
    Phone VARCHAR(24),
    HomePage TEXT
);

CREATE TABLE Products (
    ProductID INTEGER PRIMARY KEY AUTOINCREMENT,
    ProductName VARCHAR(40) NOT NULL,
    SupplierID INTEGER REFERENCES Suppliers (SupplierID),
    CategoryID INTEGER REFERENCES Categories (CategoryID),
    QuantityPerUnit VARCHAR(20),
    UnitPrice NUMERIC(10, 4) DEFAULT 0 CHECK (UnitPrice >= 0),
    UnitsInStock SMALLINT DEFAULT 0,
    Discontinued BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX ProductsCategoryID ON Products (CategoryID);
CREATE INDEX ProductsSupplierID ON Products (SupplierID);
CREATE UNIQUE INDEX ProductName ON Products (ProductName);

CREATE TABLE Customers (
    CustomerID CHAR(5) NOT NULL,
    CompanyName VARCHAR(40) NOT NULL,
    ContactName VARCHAR(30),
    City VARCHAR(15),
    Country VARCHAR(15),
    Phone VARCHAR(24),
    CONSTRAINT PK_Customers PRIMARY KEY (CustomerID)
);
CREATE INDEX City ON Customers (City);

CREATE TABLE Employees (
    EmployeeID INTEGER PRIMARY KEY AUTOINCREMENT,
    LastName VARCHAR(20) NOT NULL,
    FirstName VARCHAR(10) NOT NULL,
    Title VARCHAR(30),
    BirthDate DATE,
    HireDate DATE,
    ReportsTo INTEGER,
    -- Free text from the personnel file.
    Notes TEXT,
    FOREIGN KEY (ReportsTo) REFERENCES Employees (EmployeeID),
    CHECK (BirthDate < HireDate)
);
CREATE INDEX EmployeesReportsTo ON Employees (ReportsTo);

CREATE TABLE Region (
    RegionID INTEGER NOT NULL PRIMARY KEY,
    RegionDescription CHAR(50) NOT NULL
);

CREATE TABLE Territories (
    TerritoryID VARCHAR(20) NOT NULL PRIMARY KEY,
    TerritoryDescription CHAR(50) NOT NULL,
    RegionID INTEGER NOT NULL REFERENCES Region (RegionID)
);
CREATE INDEX TerritoriesRegionID ON Territories (RegionID);

CREATE TABLE EmployeeTerritories (
    EmployeeID INTEGER NOT NULL,
    TerritoryID VARCHAR(20) NOT NULL,
    PRIMARY KEY (EmployeeID, TerritoryID),
    FOREIGN KEY (EmployeeID) REFERENCES Employees (EmployeeID),
    FOREIGN KEY (TerritoryID) REFERENCES Territories (TerritoryID)
);
CREATE INDEX EmployeeTerritoriesTerritoryID ON EmployeeTerritories (TerritoryID);

CREATE TABLE Shippers (
    ShipperID INTEGER PRIMARY KEY AUTOINCREMENT,
    CompanyName VARCHAR(40) NOT NULL,
    Phone VARCHAR(24)
);

CREATE TABLE Orders (
    OrderID INTEGER PRIMARY KEY AUTOINCREMENT,
    CustomerID CHAR(5) REFERENCES Customers (CustomerID) ON DELETE SET NULL,
    EmployeeID INTEGER REFERENCES Employees (EmployeeID),
    OrderDate DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    RequiredDate DATETIME,
    ShippedDate DATETIME,
    ShipVia INTEGER REFERENCES Shippers (ShipperID),
    Freight NUMERIC(10, 4) DEFAULT 0,
    ShipName VARCHAR(40),
    ShipCountry VARCHAR(15),
    Status VARCHAR(9) NOT NULL DEFAULT 'new',
    ModifiedAt DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT CK_Orders_Freight CHECK (Freight >= 0),
    CONSTRAINT CK_Orders_Status CHECK (Status IN ('new', 'shipped', 'cancelled'))
);
CREATE INDEX OrdersCustomerID ON Orders (CustomerID);
CREATE INDEX OrdersEmployeeID ON Orders (EmployeeID);
CREATE INDEX OrdersShipVia ON Orders (ShipVia);
CREATE INDEX OrdersShippedDate ON Orders (ShippedDate DESC);

CREATE TABLE "Order Details" (
    OrderID INTEGER NOT NULL,
    ProductID INTEGER NOT NULL,
    UnitPrice NUMERIC(10, 4) NOT NULL DEFAULT 0,
    Quantity SMALLINT NOT NULL DEFAULT 1,
    Discount REAL NOT NULL DEFAULT 0,
    CONSTRAINT PK_Order_Details PRIMARY KEY (OrderID, ProductID),
    CONSTRAINT FK_Order_Details_Orders FOREIGN KEY (OrderID) REFERENCES Orders (OrderID) ON DELETE CASCADE,
    CONSTRAINT FK_Order_Details_Products FOREIGN KEY (ProductID) REFERENCES Products (ProductID),
    CONSTRAINT CK_Quantity CHECK (Quantity > 0),
    CONSTRAINT CK_Discount CHECK (Discount >= 0 AND Discount <= 1)
);
CREATE INDEX "Order DetailsProductID" ON "Order Details" (ProductID);

CREATE TRIGGER Orders_Modified AFTER UPDATE ON Orders FOR EACH ROW
WHEN NEW.ModifiedAt IS OLD.ModifiedAt
BEGIN
    UPDATE Orders SET ModifiedAt = CURRENT_TIMESTAMP WHERE OrderID = NEW.OrderID;
END;

CREATE VIEW "Order Subtotals" AS
    SELECT OrderID, SUM(UnitPrice * Quantity * (1 - Discount)) AS Subtotal
    FROM "Order Details" GROUP BY OrderID;
