/**
 * Test support only: a self-signed certificate for 127.0.0.1 and localhost (valid for 100 years), so the
 * TLS tests need neither openssl nor the network. The key protects nothing.
 */
export const TEST_CERT = `-----BEGIN CERTIFICATE-----
MIIBoTCCAUegAwIBAgIUESCPzqLtBedFekW1Q4Nglk6H6mswCgYIKoZIzj0EAwIw
FzEVMBMGA1UEAwwMbGFudGVybi10ZXN0MCAXDTI2MTEyMjAwMTgxMloYDzIxMjYx
MDI5MDAxODEyWjAXMRUwEwYDVQQDDAxsYW50ZXJuLXRlc3QwWTATBgcqhkjOPQIB
BggqhkjOPQMBBwNCAARyy2z3raWtebYKs1BR7KtJqFyf6wy/esqtcqDQgz7uz5gt
8dyNUZh2fNYg7PrPyyG2Aplu8rWgUwW7E0fsvR18o28wbTAdBgNVHQ4EFgQUUHVa
hV3vH4bJNkVRutpho999wGAwHwYDVR0jBBgwFoAUUHVahV3vH4bJNkVRutpho999
wGAwDwYDVR0TAQH/BAUwAwEB/zAaBgNVHREEEzARhwR/AAABgglsb2NhbGhvc3Qw
CgYIKoZIzj0EAwIDSAAwRQIgSdQ34alNv+6YXJWckAHQ/Hh6aELz1KqVDTKSlsbC
2TUCIQDFt1nTSNNc+pz14dpAERmogFUUGLiNgM8Eoq598z5OnQ==
-----END CERTIFICATE-----
`;

export const TEST_KEY = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgsLxwv+X85xMQcGKx
p+6X6UmDx/cOtnlIi98c0trzZUOhRANCAARyy2z3raWtebYKs1BR7KtJqFyf6wy/
esqtcqDQgz7uz5gt8dyNUZh2fNYg7PrPyyG2Aplu8rWgUwW7E0fsvR18
-----END PRIVATE KEY-----
`;
