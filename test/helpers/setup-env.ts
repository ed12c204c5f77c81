// Defaults for the services every developer and CI machine runs (see README, "Tests").
process.env.TEST_DATABASE_URL ??= 'postgresql://postgres@127.0.0.1:5432/test';
process.env.TEST_REDIS_URL ??= 'redis://127.0.0.1:6379';
process.env.TZ ??= 'UTC';
