package app;

import com.example.shop.db.Order;
import com.example.shop.db.OrderStatus;
import com.example.shop.db.Order_;
import java.math.BigDecimal;
import java.time.Instant;

/** User code calling the generated record, enum and metamodel: compiles only if they were compiled first. */
public final class Orders {
    private Orders() {}

    public static Order paid(int id, int user, BigDecimal total) {
        Instant now = Instant.parse("2024-06-01T12:00:00Z");
        return new Order(id, user, OrderStatus.PAID, total, null, now, now);
    }

    public static String totalColumn() {
        return Order_.TABLE + "." + Order_.TOTAL_AMOUNT;
    }
}
