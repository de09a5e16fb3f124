-- An order-management schema in the style of a well-known MySQL sample database for a
-- scale-model retailer: camelCase columns, natural string keys, composite keys
-- (orderdetails, payments), a self reference (employees report to employees), a cycle
-- (offices have a manager who works in an office), unnamed foreign keys that the server
-- names, an ENUM status, checks, JSON, MEDIUMTEXT/MEDIUMBLOB, a generated column, a
-- composite foreign key to a composite key, and a trigger. Runs on MariaDB and MySQL 8.

CREATE TABLE offices (
  officeCode VARCHAR(10) NOT NULL,
  city VARCHAR(50) NOT NULL,
  phone VARCHAR(50) NOT NULL,
  addressLine1 VARCHAR(50) NOT NULL,
  addressLine2 VARCHAR(50) DEFAULT NULL,
  country VARCHAR(50) NOT NULL,
  postalCode VARCHAR(15) NOT NULL,
  territory VARCHAR(10) NOT NULL,
  managerEmployeeNumber INT DEFAULT NULL,
  PRIMARY KEY (officeCode)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE employees (
  employeeNumber INT NOT NULL,
  lastName VARCHAR(50) NOT NULL,
  firstName VARCHAR(50) NOT NULL,
  extension VARCHAR(10) NOT NULL,
  email VARCHAR(100) NOT NULL,
  officeCode VARCHAR(10) NOT NULL,
  reportsTo INT DEFAULT NULL,
  jobTitle VARCHAR(50) NOT NULL,
  PRIMARY KEY (employeeNumber),
  UNIQUE KEY uq_employees_email (email),
  KEY reportsTo (reportsTo),
  KEY officeCode (officeCode),
  FOREIGN KEY (reportsTo) REFERENCES employees (employeeNumber),
  FOREIGN KEY (officeCode) REFERENCES offices (officeCode)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE offices ADD KEY managerEmployeeNumber (managerEmployeeNumber),
  ADD CONSTRAINT offices_manager FOREIGN KEY (managerEmployeeNumber) REFERENCES employees (employeeNumber) ON DELETE SET NULL;

CREATE TABLE customers (
  customerNumber INT NOT NULL,
  customerName VARCHAR(50) NOT NULL,
  contactLastName VARCHAR(50) NOT NULL,
  contactFirstName VARCHAR(50) NOT NULL,
  phone VARCHAR(50) NOT NULL,
  addressLine1 VARCHAR(50) NOT NULL,
  addressLine2 VARCHAR(50) DEFAULT NULL,
  city VARCHAR(50) NOT NULL,
  state VARCHAR(50) DEFAULT NULL,
  postalCode VARCHAR(15) DEFAULT NULL,
  country VARCHAR(50) NOT NULL,
  salesRepEmployeeNumber INT DEFAULT NULL,
  creditLimit DECIMAL(10,2) DEFAULT NULL,
  preferences JSON DEFAULT NULL,
  PRIMARY KEY (customerNumber),
  KEY salesRepEmployeeNumber (salesRepEmployeeNumber),
  CONSTRAINT customers_ibfk_1 FOREIGN KEY (salesRepEmployeeNumber) REFERENCES employees (employeeNumber),
  CONSTRAINT customers_credit CHECK (creditLimit >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Customers of the retailer; each may have a sales representative.';

CREATE TABLE productlines (
  productLine VARCHAR(50) NOT NULL,
  textDescription VARCHAR(4000) DEFAULT NULL,
  htmlDescription MEDIUMTEXT,
  image MEDIUMBLOB,
  PRIMARY KEY (productLine)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE products (
  productCode VARCHAR(15) NOT NULL,
  productName VARCHAR(70) NOT NULL,
  productLine VARCHAR(50) NOT NULL,
  productScale VARCHAR(10) NOT NULL,
  productVendor VARCHAR(50) NOT NULL,
  productDescription TEXT NOT NULL,
  quantityInStock SMALLINT NOT NULL,
  buyPrice DECIMAL(10,2) NOT NULL,
  MSRP DECIMAL(10,2) NOT NULL COMMENT 'Manufacturer''s suggested retail price.',
  PRIMARY KEY (productCode),
  KEY productLine (productLine),
  CONSTRAINT products_ibfk_1 FOREIGN KEY (productLine) REFERENCES productlines (productLine),
  CONSTRAINT products_price CHECK (buyPrice <= MSRP)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE orders (
  orderNumber INT NOT NULL,
  orderDate DATE NOT NULL,
  requiredDate DATE NOT NULL,
  shippedDate DATE DEFAULT NULL,
  status ENUM('In Process','Shipped','On Hold','Disputed','Resolved','Cancelled') NOT NULL DEFAULT 'In Process',
  comments TEXT,
  customerNumber INT NOT NULL,
  PRIMARY KEY (orderNumber),
  KEY customerNumber (customerNumber),
  KEY idx_orders_status_date (status, orderDate),
  CONSTRAINT orders_ibfk_1 FOREIGN KEY (customerNumber) REFERENCES customers (customerNumber),
  CONSTRAINT orders_dates CHECK (orderDate <= requiredDate)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE orderdetails (
  orderNumber INT NOT NULL,
  productCode VARCHAR(15) NOT NULL,
  quantityOrdered INT NOT NULL,
  priceEach DECIMAL(10,2) NOT NULL,
  orderLineNumber SMALLINT NOT NULL,
  lineTotal DECIMAL(12,2) AS (quantityOrdered * priceEach) STORED,
  PRIMARY KEY (orderNumber, productCode),
  KEY productCode (productCode),
  CONSTRAINT orderdetails_ibfk_1 FOREIGN KEY (orderNumber) REFERENCES orders (orderNumber) ON DELETE CASCADE,
  CONSTRAINT orderdetails_ibfk_2 FOREIGN KEY (productCode) REFERENCES products (productCode),
  CONSTRAINT orderdetails_quantity CHECK (quantityOrdered > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A shipment line references an order line by its composite key.
CREATE TABLE shipments (
  shipmentId INT NOT NULL AUTO_INCREMENT,
  orderNumber INT NOT NULL,
  productCode VARCHAR(15) NOT NULL,
  carrier VARCHAR(30) NOT NULL DEFAULT 'post',
  shippedAt DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (shipmentId),
  KEY shipments_line (orderNumber, productCode),
  CONSTRAINT shipments_line FOREIGN KEY (orderNumber, productCode) REFERENCES orderdetails (orderNumber, productCode) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE payments (
  customerNumber INT NOT NULL,
  checkNumber VARCHAR(50) NOT NULL,
  paymentDate DATE NOT NULL,
  amount DECIMAL(10,2) NOT NULL,
  PRIMARY KEY (customerNumber, checkNumber),
  CONSTRAINT payments_ibfk_1 FOREIGN KEY (customerNumber) REFERENCES customers (customerNumber)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TRIGGER orders_shipped BEFORE UPDATE ON orders FOR EACH ROW
  SET NEW.shippedDate = IF(NEW.status = 'Shipped' AND NEW.shippedDate IS NULL, CURRENT_DATE, NEW.shippedDate);
