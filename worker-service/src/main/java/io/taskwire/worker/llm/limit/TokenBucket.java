package io.taskwire.worker.llm.limit;

/**
 * A per-minute limit as a token bucket that may go into debt: it holds up to a minute's
 * allowance, refills continuously, and a reservation always succeeds, returning how long
 * the caller must wait before its reservation is covered. Reservations are served in the
 * order they were made, and a caller that gives up returns what it took. Times are
 * milliseconds of whatever clock the caller uses. Thread-safe.
 */
final class TokenBucket {

	private static final double MILLIS_PER_MINUTE = 60_000d;

	private final double capacity;

	private final double perMilli;

	private double available;

	private long refilledAt;

	TokenBucket(long perMinute, long now) {
		this.capacity = perMinute;
		this.perMilli = perMinute / MILLIS_PER_MINUTE;
		this.available = perMinute;
		this.refilledAt = now;
	}

	/**
	 * Takes an amount, possibly ahead of time.
	 * @param amount how much (more than the capacity is taken as the capacity, or it
	 * could never be covered)
	 * @param now the current time
	 * @return how long until the amount is covered, 0 when it is now
	 */
	synchronized long reserve(double amount, long now) {
		refill(now);
		this.available -= Math.min(amount, this.capacity);
		return (this.available >= 0) ? 0 : (long) Math.ceil(-this.available / this.perMilli);
	}

	/**
	 * Gives an amount back (a reservation given up, an estimate that was too high).
	 * @param amount how much
	 * @param now the current time
	 */
	synchronized void giveBack(double amount, long now) {
		refill(now);
		this.available = Math.min(this.capacity, this.available + amount);
	}

	/**
	 * Takes more after the fact (an estimate that was too low); it may put the bucket in
	 * debt, which later reservations wait out.
	 * @param amount how much
	 * @param now the current time
	 */
	synchronized void charge(double amount, long now) {
		refill(now);
		this.available -= amount;
	}

	private void refill(long now) {
		if (now > this.refilledAt) {
			this.available = Math.min(this.capacity, this.available + (now - this.refilledAt) * this.perMilli);
			this.refilledAt = now;
		}
	}

}
