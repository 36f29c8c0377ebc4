#pragma once

// The scripted session of the durability test: step N is always the same
// write, so the test can tell what a printed "recorded N" must have stored.

#include <QString>
#include <QStringList>

namespace PlenaryTest {

struct ScriptStep {
    enum Kind { Allocate, Outcome, Current } kind;
    QString document;
    QString value; ///< working group, outcome uid or agenda item
};

inline ScriptStep sessionStep(int n) {
    static const QStringList items = {QStringLiteral("5"), QStringLiteral("6.a"),
                                      QStringLiteral("7"), QStringLiteral("8"),
                                      QStringLiteral("9.a")};
    const QString document =
        QStringLiteral("FG-Smart-I-%1").arg(6 + n % 30, 4, 10, QLatin1Char('0'));
    switch (n % 3) {
    case 0:
        return {ScriptStep::Allocate, document, QStringLiteral("WG%1").arg(1 + (n / 3) % 3)};
    case 1:
        return {ScriptStep::Outcome, document, QStringLiteral("kill-%1").arg(n)};
    default:
        return {ScriptStep::Current, {}, items.at((n / 3) % items.size())};
    }
}

} // namespace PlenaryTest
