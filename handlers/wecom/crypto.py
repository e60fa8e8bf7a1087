"""WeCom callback crypto (WXBizMsgCrypt): SHA1 signature and AES-256-CBC with the EncodingAESKey."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import struct

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

BLOCK = 32  # WeCom pads to 32-byte blocks (PKCS#7 with block size 32), not AES's 16


class CryptoError(ValueError):
    """A callback that does not verify or decrypt: forged, corrupted, or for another corp."""


def signature(token: str, timestamp: str, nonce: str, encrypt: str) -> str:
    """msg_signature = sha1 of the four strings sorted and concatenated."""
    return hashlib.sha1("".join(sorted([token, timestamp, nonce, encrypt])).encode()).hexdigest()


class WeComCrypto:
    """Verify, decrypt and encrypt callback payloads for one app (token, EncodingAESKey, receive id)."""

    def __init__(self, token: str, encoding_aes_key: str, receive_id: str) -> None:
        try:
            key = base64.b64decode(encoding_aes_key + "=", validate=True)
        except ValueError:
            raise ValueError("WECOM_AES_KEY is not a valid EncodingAESKey (43 base64 characters)") from None
        if len(encoding_aes_key) != 43 or len(key) != 32:
            raise ValueError("WECOM_AES_KEY must be the 43-character EncodingAESKey")
        self.token, self.key, self.iv, self.receive_id = token, key, key[:16], receive_id

    def verify(self, msg_signature: str, timestamp: str, nonce: str, encrypt: str) -> None:
        """Raise CryptoError unless the signature matches (constant-time comparison)."""
        expected = signature(self.token, timestamp, nonce, encrypt)
        if not hmac.compare_digest(expected.encode(), (msg_signature or "").lower().encode()):
            raise CryptoError("signature mismatch")

    def decrypt(self, encrypt: str) -> str:
        """Plaintext message of an Encrypt field; checks padding, length and receive id."""
        try:
            data = base64.b64decode(encrypt, validate=True)
        except ValueError:
            raise CryptoError("not base64") from None
        if not data or len(data) % 16:
            raise CryptoError("bad ciphertext length")
        dec = Cipher(algorithms.AES(self.key), modes.CBC(self.iv)).decryptor()
        plain = dec.update(data) + dec.finalize()
        pad = plain[-1]
        if not 1 <= pad <= BLOCK or plain[-pad:] != bytes([pad]) * pad:
            raise CryptoError("bad padding")
        plain = plain[:-pad]
        if len(plain) < 20:
            raise CryptoError("too short")
        (length,) = struct.unpack(">I", plain[16:20])
        if 20 + length > len(plain):
            raise CryptoError("bad length")
        message, receive_id = plain[20:20 + length], plain[20 + length:]
        if receive_id.decode("utf-8", "replace") != self.receive_id:
            raise CryptoError("receive id mismatch")
        try:
            return message.decode("utf-8")
        except UnicodeDecodeError:
            raise CryptoError("message is not UTF-8") from None

    def encrypt(self, message: str, random16: bytes | None = None) -> str:
        """Encrypt field for a message: base64(AES(16 random bytes + length + message + receive id))."""
        body = message.encode()
        plain = (random16 or os.urandom(16)) + struct.pack(">I", len(body)) + body + self.receive_id.encode()
        pad = BLOCK - len(plain) % BLOCK
        plain += bytes([pad]) * pad
        enc = Cipher(algorithms.AES(self.key), modes.CBC(self.iv)).encryptor()
        return base64.b64encode(enc.update(plain) + enc.finalize()).decode()

    def sign(self, timestamp: str, nonce: str, encrypt: str) -> str:
        return signature(self.token, timestamp, nonce, encrypt)
