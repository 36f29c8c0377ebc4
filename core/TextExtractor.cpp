#include "TextExtractor.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPdfDocument>
#include <QStringDecoder>

namespace Plenary {

TextExtractor::Kind TextExtractor::kindOf(const QString &fileName) {
    static const QStringList text = {
        QStringLiteral("txt"),      QStringLiteral("text"), QStringLiteral("md"),
        QStringLiteral("markdown"), QStringLiteral("xml"),  QStringLiteral("xsd"),
        QStringLiteral("asn"),      QStringLiteral("asn1"), QStringLiteral("yang"),
        QStringLiteral("json"),     QStringLiteral("csv"),  QStringLiteral("c"),
        QStringLiteral("h"),        QStringLiteral("cpp"),  QStringLiteral("hpp"),
        QStringLiteral("py"),       QStringLiteral("ttcn"), QStringLiteral("ttcn3"),
        QStringLiteral("abnf"),     QStringLiteral("mib"),  QStringLiteral("yml"),
        QStringLiteral("yaml"),     QStringLiteral("sdl")};
    static const QStringList office = {QStringLiteral("doc"),  QStringLiteral("docx"),
                                       QStringLiteral("odt"),  QStringLiteral("ppt"),
                                       QStringLiteral("pptx"), QStringLiteral("xls"),
                                       QStringLiteral("xlsx"), QStringLiteral("odp"),
                                       QStringLiteral("ods"),  QStringLiteral("rtf")};
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return Kind::Pdf;
    if (suffix == QLatin1String("zip"))
        return Kind::Archive;
    if (office.contains(suffix))
        return Kind::Office;
    if (text.contains(suffix))
        return Kind::Text;
    return Kind::Other;
}

bool TextExtractor::canExtract(const QString &fileName) {
    const Kind k = kindOf(fileName);
    return k == Kind::Pdf || k == Kind::Text;
}

TextExtractor::Result TextExtractor::extract(const QString &path) {
    Result r;
    switch (kindOf(path)) {
    case Kind::Pdf: {
        QPdfDocument pdf;
        const QPdfDocument::Error error = pdf.load(path);
        if (error != QPdfDocument::Error::None) {
            r.error =
                error == QPdfDocument::Error::IncorrectPassword
                    ? QCoreApplication::translate("Plenary::TextExtractor",
                                                  "the PDF is protected by a password")
                : error == QPdfDocument::Error::FileNotFound
                    ? QCoreApplication::translate("Plenary::TextExtractor", "the file is missing")
                    : QCoreApplication::translate("Plenary::TextExtractor", "not a readable PDF");
            return r;
        }
        for (int page = 0; page < pdf.pageCount(); ++page)
            r.pages << pdf.getAllText(page).text();
        pdf.close();
        return r;
    }
    case Kind::Text: {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            r.error = file.errorString();
            return r;
        }
        const QByteArray bytes = file.read(kMaxTextBytes);
        // UTF-8 when it is (with or without BOM), else Latin-1: a text
        // file from a meeting is one or the other far more often than not.
        QStringDecoder utf8(QStringDecoder::Utf8);
        QString text = utf8.decode(bytes);
        if (utf8.hasError())
            text = QString::fromLatin1(bytes);
        r.pages << text;
        return r;
    }
    case Kind::Office:
        r.error = QCoreApplication::translate("Plenary::TextExtractor",
                                              "office documents are indexed once converted to PDF");
        return r;
    case Kind::Archive:
        r.error = QCoreApplication::translate("Plenary::TextExtractor",
                                              "archives are indexed member by member once opened");
        return r;
    case Kind::Other:
        break;
    }
    r.error = QCoreApplication::translate("Plenary::TextExtractor",
                                          "not a format whose text can be read");
    return r;
}

} // namespace Plenary
