package io.vbaws.dsl;

import io.vbaws.dsl.Expr.Pos;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The arithmetic of the language, as Groovy's on the values a script can write: whole numbers are
 * {@code Integer} or {@code Long} and never wrap silently (an overflow is an error), decimals are
 * {@code BigDecimal} with 16 significant digits, and {@code /} divides exactly as Groovy does.
 */
final class Numbers {

    private Numbers() {
    }

    /** {@code value} as an int when it is a whole number that fits, else null. */
    static Integer wholeInt(Object value) {
        if (value instanceof Integer i) {
            return i;
        }
        if (value instanceof Long l && l == (int) (long) l) {
            return (int) (long) l;
        }
        if (value instanceof BigDecimal d) {
            try {
                return d.intValueExact();
            } catch (ArithmeticException e) {
                return null;
            }
        }
        return null;
    }

    static boolean isWhole(Object value) {
        return value instanceof Integer || value instanceof Long;
    }

    static Object arithmetic(Pos pos, String operator, Number left, Number right) {
        if (isWhole(left) && isWhole(right)) {
            long a = left.longValue();
            long b = right.longValue();
            if (("/".equals(operator) || "%".equals(operator)) && b == 0) {
                throw new EvalError(pos, "Division by zero");
            }
            if ("/".equals(operator) && a % b != 0) {
                return decimal(left).divide(decimal(right), MathContext.DECIMAL64).stripTrailingZeros();
            }
            try {
                long result = switch (operator) {
                    case "+" -> Math.addExact(a, b);
                    case "-" -> Math.subtractExact(a, b);
                    case "*" -> Math.multiplyExact(a, b);
                    case "%" -> a % b;
                    case "/" -> a == Long.MIN_VALUE && b == -1 ? Math.negateExact(a) : a / b;
                    default -> throw new EvalError(pos, "the operator " + operator + " does not apply to numbers");
                };
                boolean ints = left instanceof Integer && right instanceof Integer && result == (int) result;
                return ints ? (Object) (int) result : (Object) result;
            } catch (ArithmeticException overflow) {
                throw new EvalError(pos, "the number is too large: " + left + " " + operator + " " + right);
            }
        }
        BigDecimal a = decimal(left);
        BigDecimal b = decimal(right);
        return switch (operator) {
            case "+" -> a.add(b, MathContext.DECIMAL64);
            case "-" -> a.subtract(b, MathContext.DECIMAL64);
            case "*" -> a.multiply(b, MathContext.DECIMAL64);
            case "/", "%" -> {
                if (b.signum() == 0) {
                    throw new EvalError(pos, "Division by zero");
                }
                yield "/".equals(operator) ? a.divide(b, MathContext.DECIMAL64).stripTrailingZeros() : a.remainder(b, MathContext.DECIMAL64);
            }
            default -> throw new EvalError(pos, "the operator " + operator + " does not apply to numbers");
        };
    }

    static Object negate(Pos pos, Number value) {
        return arithmetic(pos, "-", value instanceof BigDecimal ? BigDecimal.ZERO : (Number) 0, value);
    }

    static int compare(Number left, Number right) {
        if (isWhole(left) && isWhole(right)) {
            return Long.compare(left.longValue(), right.longValue());
        }
        return decimal(left).compareTo(decimal(right));
    }

    static BigDecimal decimal(Number value) {
        return value instanceof BigDecimal d ? d : isWhole(value) ? BigDecimal.valueOf(value.longValue()) : new BigDecimal(value.toString());
    }
}
