/**
 * Online shop: customers place orders for products.
 */
@Schema(
        name = "shop",
        title = "Shop",
        feature = "001_checkout",          // feature ID, used for ai/decisions/{feature}_database_schema.md
        dialect = Schema.Dialect.SQLITE,   // primary database; postgres and mysql are generated on request
        ids = Schema.Ids.AUTOINCREMENT,    // default primary key: autoincrement | uuid
        timestamps = true,                 // created_at + updated_at on every entity unless it opts out
        // The declaration order of examples/shop/shop.schema: it decides the order of tables and documents.
        types = {OrderStatus.class, SoftDelete.class, User.class, Order.class, OrderItem.class, Product.class,
                Tag.class, Employee.class, Address.class})
package dev.schemac.examples.shop;

import dev.schemac.annotations.Schema;
