#include "FileNameParser.h"

#include <QRegularExpression>

namespace Plenary {

QString baseName(const QString &fileName) {
    // \z, not $: PCRE's $ also matches before a final newline, which made
    // "a.pdf\n" lose ".pdf" from its middle (found by fuzz_filenameparser).
    static const QRegularExpression multi(QStringLiteral("\\.tar\\.(gz|bz2|xz|zst)\\z"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression single(QStringLiteral("\\.[A-Za-z0-9]{1,5}\\z"));
    QString base = fileName;
    base.remove(multi);
    if (base.size() == fileName.size())
        base.remove(single);
    return base.isEmpty() ? fileName : base;
}

namespace {

DocumentType typeOf(const QString &number) {
    const QStringList tokens =
        number.split(QRegularExpression(QStringLiteral("[-_ ]")), Qt::SkipEmptyParts);
    for (const QString &t : tokens) {
        if (t.compare(QLatin1String("LS"), Qt::CaseInsensitive) == 0)
            return DocumentType::IncomingLiaison;
        if (t.startsWith(QLatin1String("TD"), Qt::CaseInsensitive) &&
            (t.size() == 2 || t.at(2).isDigit()))
            return DocumentType::TemporaryDocument;
        if (t == QLatin1String("O"))
            return DocumentType::Output;
    }
    return DocumentType::Contribution;
}

QString titleFrom(QString rest) {
    rest.replace(QLatin1Char('_'), QLatin1Char(' '));
    rest.replace(QLatin1Char('-'), QLatin1Char(' '));
    static const QRegularExpression brackets(QStringLiteral("[()\\[\\]]"));
    rest.remove(brackets);
    rest = rest.simplified();
    static const QRegularExpression letter(QStringLiteral("\\p{L}"));
    return letter.match(rest).hasMatch() ? rest : QString();
}

} // namespace

FileNameInfo parseFileName(const QString &fileName) {
    FileNameInfo info;
    QString base = baseName(fileName);
    // ITU's document server appends "!!MSW-E", "!R1!ZIP-E" and the like.
    const qsizetype bang = base.indexOf(QLatin1Char('!'));
    if (bang > 0)
        base.truncate(bang);

    // A run of 3+ digits, an optional revision, then the end or a separator.
    static const QRegularExpression candidate(
        QStringLiteral("\\d{3,}(?:(?:[rR]|[rR]ev\\.?)\\d{1,2})?(?=$|[-_ .(\\[])"));
    static const QRegularExpression letter(QStringLiteral("[A-Za-z]"));
    auto it = candidate.globalMatch(base);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype end = m.capturedEnd();
        // Part of a longer digit run ("12345" seen from its middle) is no match.
        if (m.capturedStart() > 0 && base.at(m.capturedStart() - 1).isDigit())
            continue;
        const QString number = base.left(end);
        if (!letter.match(number).hasMatch())
            continue; // "2010-06-agenda": a date, not a number
        info.number = number;
        info.recognized = true;
        info.title = titleFrom(base.mid(end));
        info.type = typeOf(number);
        return info;
    }
    info.number = base;
    return info;
}

} // namespace Plenary
