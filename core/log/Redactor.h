#pragma once

#include <QString>
#include <string>

namespace mpio {

// The process-wide list of secrets (passwords, API keys, CHAP secrets) that must never reach a log sink.
// Whoever reads a secret from the keychain or a file registers it here first; RedactingSink replaces every
// occurrence with "«redacted»" before any sink sees the line. Thread-safe.
class Redactor
{
public:
    static void add(const QString& secret);
    static void remove(const QString& secret);
    static void clear();
    static QString redact(QString text);
    static std::string redact(std::string text);
    static constexpr const char* kMask = "\xc2\xabredacted\xc2\xbb"; // «redacted»
};

} // namespace mpio
