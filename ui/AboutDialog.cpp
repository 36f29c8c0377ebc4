#include "AboutDialog.h"

#include "DataPaths.h"
#include "Features.h"
#include "PlenaryVersion.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace Plenary {

namespace {
QLabel *plainLabel(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

AboutDialog::AboutDialog(const DataPaths &paths, QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(tr("About Plenary"));
    auto *layout = new QVBoxLayout(this);

    auto *title = plainLabel(tr("Plenary %1").arg(QStringLiteral(PLENARY_VERSION_STRING)), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    title->setFont(f);
    title->setObjectName(QStringLiteral("titleLine"));
    layout->addWidget(title);

    layout->addWidget(plainLabel(tr("Paperless meetings for standards bodies: the agenda, the "
                                    "allocation of contributions, the decisions and the "
                                    "documents, on every delegate's laptop, online or not."),
                                 this));
    layout->addSpacing(8);

    auto *qt = plainLabel(tr("Qt %1 (built with Qt %2)")
                              .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
                          this);
    qt->setObjectName(QStringLiteral("qtLine"));
    layout->addWidget(qt);

    auto *feature = plainLabel(Features::syntaxHighlightingLine(), this);
    feature->setObjectName(QStringLiteral("featureLine"));
    layout->addWidget(feature);

    auto *data =
        plainLabel(tr("Data folder: %1").arg(QDir::toNativeSeparators(paths.root())), this);
    data->setObjectName(QStringLiteral("dataLine"));
    layout->addWidget(data);

    layout->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

} // namespace Plenary
