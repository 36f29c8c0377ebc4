#pragma once

#include <QDialog>

namespace Plenary {

class DataPaths;

/// Version, Qt version, optional features and where the data lives.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(const DataPaths &paths, QWidget *parent = nullptr);
};

} // namespace Plenary
