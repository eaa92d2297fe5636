package io.taskwire.contracts;

import java.util.Locale;

/**
 * Enum constants on the wire: lower snake_case, matched exactly on read.
 */
public final class WireNames {

	private WireNames() {
	}

	public static String of(Enum<?> constant) {
		return constant.name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The constant with the given wire name.
	 * @param <E> the enum type
	 * @param type the enum class
	 * @param wireName the name as read
	 * @return the constant
	 * @throws IllegalArgumentException when no constant has exactly that wire name
	 */
	public static <E extends Enum<E>> E parse(Class<E> type, String wireName) {
		for (E constant : type.getEnumConstants()) {
			if (of(constant).equals(wireName)) {
				return constant;
			}
		}
		throw new IllegalArgumentException("Unknown " + type.getSimpleName() + " '" + wireName + "'");
	}

}
