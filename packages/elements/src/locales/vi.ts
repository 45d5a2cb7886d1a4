
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's011b6973ad9e9d3e': `Tiểu sử tóm tắt`,
's1449c078663f2cc6': `Tiện ích này chưa được cấu hình địa chỉ cổng thông tin.`,
's15da5ea5e89b537b': `Danh thiếp`,
's23d8ccf52e4d228f': `Lưu danh bạ (vCard)`,
's240cebb251e6b645': `Cổng thông tin trả về dữ liệu mà tiện ích không đọc được.`,
's305051eb9e8034b6': `Không kết nối được với cổng thông tin. Hãy kiểm tra kết nối mạng và thử lại.`,
's47528068e02e31fb': `Tổng lượt truy cập`,
's49d45d123f534150': `Cổng thông tin tạm thời không phản hồi.`,
's56109d250f67f8e9': `Ngày đăng:`,
's576940553356da8d': `Chưa có thông tin lãnh đạo.`,
's5b764977ceaeb317': `Di động`,
's63d040e37887f17e': `Hôm nay`,
's6ebc9bd6feae62a3': `Đang tải…`,
's7266756dcc3dedf5': `Lãnh đạo`,
's75df271af06c1fca': str`Nhiệm kỳ: ${0} – ${1}`,
's882d80075b4dca52': `Đã sao chép trích dẫn.`,
's8c098226fd763fb8': `Bài gốc:`,
's9c71bc2c01dd69d7': `Tháng này`,
's9fa6b4e626692a52': str`Đảm nhiệm từ ${0}`,
'sa31f3eed30937ae5': `Sao chép trích dẫn`,
'sbfc7d3bce23337d5': `Nhiệm vụ đảm nhiệm:`,
'sc1611c0558728a2a': `Chức vụ`,
'sc7217615ef254110': `Liên hệ`,
'scd1dd6ff53d0d01a': `Thử lại`,
'sd1f44f1a8bc20e67': `Thư điện tử`,
'sd53d7ddb42112319': str`Ảnh chân dung ${0}`,
'sdb3d8dcecd4b8417': `Không cập nhật được: đang hiển thị dữ liệu trước đó.`,
'seadeb3a807d7478a': `Người trực tuyến`,
'sed56d51a18d877b5': `Không sao chép được trích dẫn. Hãy chọn dòng ghi nguồn và sao chép.`,
'sef49aec68fd1dc66': `Họ và tên`,
'sf1a8eea4c871d1d6': str`Tác giả: ${0}`,
'sf1bc83d2509bafcf': `Điện thoại`,
'sf2c29e199c990fd0': `Fax`,
'sf8b2c447c19bbd4d': str`Khách ${0}, Thành viên ${1}, Tổng ${2}`,
    };
  