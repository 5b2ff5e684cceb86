#pragma once

#include <QByteArray>
#include <QIODevice>
#include <algorithm>
#include <cstring>

namespace qmtest {

// A pipe (stdin, a socket) that hands out at most `chunk` bytes per read: readers must give the
// same result as when they get the whole input at once (tst_csv, fuzz_csv).
class TrickleDevice : public QIODevice
{
public:
    TrickleDevice(QByteArray data, qint64 chunk)
        : m_data(std::move(data))
        , m_chunk(chunk)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_pos + QIODevice::bytesAvailable();
    }
    bool atEnd() const override { return m_pos >= m_data.size() && QIODevice::atEnd(); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min({max, m_chunk, qint64(m_data.size()) - m_pos});
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_chunk;
    qint64 m_pos = 0;
};

} // namespace qmtest
