#pragma once

#include <QMimeData>
#include <QStringList>

namespace Plenary::DocumentMime {

/// Documents being dragged (from the library to an agenda item or a working
/// group): their numbers, one per line, under Plenary's own MIME type, and
/// as plain text for other applications.
inline const QString &type() {
    static const QString t = QStringLiteral("application/x-plenary-document-numbers");
    return t;
}

inline QMimeData *encode(const QStringList &numbers) {
    auto *mime = new QMimeData;
    const QByteArray text = numbers.join(QLatin1Char('\n')).toUtf8();
    mime->setData(type(), text);
    mime->setText(QString::fromUtf8(text));
    return mime;
}

inline QStringList decode(const QMimeData *mime) {
    if (!mime || !mime->hasFormat(type()))
        return {};
    return QString::fromUtf8(mime->data(type())).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace Plenary::DocumentMime
