// The sample's other district police Party organisations, so that with those in organisation.ts they are the
// 15 of the article (seeds/000), each with its cells (under 30 members each). Their cells met in Q4/2019–Q1/2020,
// the district congresses from April to the grassroots cut-off of 30/06/2020.
// Units and cells of the same shape are the sample's rows (data, not repeated logic).
import type { SampleUnit } from './unit-rows';
import { committee } from './unit-rows';

const SECURITY = 'Chi bộ Đội An ninh';
const INVESTIGATION = 'Chi bộ Đội Cảnh sát điều tra tội phạm';
const CRIME = 'Chi bộ Đội Cảnh sát hình sự - kinh tế - ma túy';
const TRAFFIC = 'Chi bộ Đội Cảnh sát giao thông - trật tự';
const GENERAL = 'Chi bộ Đội Tổng hợp';
const SUPPORT = 'Chi bộ Đội Tổng hợp - hậu cần';

export const MORE_DISTRICTS: readonly SampleUnit[] = [
  ...committee('CAH-ER', 'Đảng bộ Công an huyện Ea Rông', '2020-04-07', [
    [SECURITY, 12, '2019-11-12'],
    [INVESTIGATION, 17, '2019-11-13'],
    [SUPPORT, 11, '2019-11-14'],
    ['Chi bộ Công an thị trấn Ea Rông', 9, '2019-11-15'],
  ]),
  ...committee(
    'CAH-CS',
    'Đảng bộ Công an huyện Cư Sar',
    '2020-04-16',
    [
      [SECURITY, 10, '2019-12-03'],
      [CRIME, 16, '2019-12-04'],
      [TRAFFIC, 14, '2019-12-05'],
    ],
    { congressDays: 2 },
  ),
  ...committee('CAH-DM', 'Đảng bộ Công an huyện Đắk Mây', '2020-04-24', [
    [SECURITY, 11, '2020-01-07'],
    [INVESTIGATION, 18, '2020-01-08'],
    [GENERAL, 12, '2020-01-09'],
    ['Chi bộ Công an thị trấn Đắk Mây', 8, '2020-01-10'],
  ]),
  ...committee('CAH-LH', 'Đảng bộ Công an huyện Lắk Hòa', '2020-05-06', [
    [SECURITY, 9, '2020-02-04'],
    [CRIME, 15, '2020-02-05'],
    [TRAFFIC, 13, '2020-02-06'],
  ]),
  ...committee(
    'CAH-KL',
    'Đảng bộ Công an huyện Krông Lin',
    '2020-05-13',
    [
      [SECURITY, 12, '2020-02-11'],
      [INVESTIGATION, 19, '2020-02-12'],
      [GENERAL, 10, '2020-02-13'],
      [TRAFFIC, 14, '2020-02-14'],
      ['Chi bộ Công an thị trấn Krông Lin', 7, '2020-02-17'],
    ],
    { congressDays: 2 },
  ),
  ...committee('CAH-BT', 'Đảng bộ Công an huyện Buôn Tơ', '2020-05-22', [
    [SECURITY, 10, '2020-03-03'],
    [INVESTIGATION, 16, '2020-03-04'],
    [SUPPORT, 12, '2020-03-05'],
  ]),
  ...committee('CAH-EH', 'Đảng bộ Công an huyện Ea Hơ', '2020-05-28', [
    [SECURITY, 11, '2020-03-09'],
    [CRIME, 17, '2020-03-10'],
    [TRAFFIC, 15, '2020-03-11'],
    ['Chi bộ Công an thị trấn Ea Hơ', 8, '2020-03-12'],
  ]),
  ...committee('CAH-CP', 'Đảng bộ Công an huyện Cư Păh', '2020-06-04', [
    [SECURITY, 9, '2020-03-16'],
    [INVESTIGATION, 14, '2020-03-17'],
    [GENERAL, 10, '2020-03-18'],
  ]),
  ...committee('CAH-HT', 'Đảng bộ Công an huyện Hòa Tây', '2020-06-12', [
    [SECURITY, 10, '2019-12-17'],
    [CRIME, 16, '2019-12-18'],
    [SUPPORT, 11, '2019-12-19'],
    [TRAFFIC, 13, '2019-12-20'],
  ]),
  ...committee(
    'CAH-YS',
    'Đảng bộ Công an huyện Ya Sôn',
    '2020-06-17',
    [
      [SECURITY, 8, '2020-03-23'],
      [INVESTIGATION, 15, '2020-03-24'],
      [GENERAL, 9, '2020-03-25'],
    ],
    { congressDays: 2 },
  ),
  ...committee('CAH-DP', 'Đảng bộ Công an huyện Đắk Plei', '2020-06-19', [
    [SECURITY, 10, '2020-01-14'],
    [CRIME, 14, '2020-01-15'],
    [GENERAL, 9, '2020-01-16'],
  ]),
  ...committee('CAH-IS', 'Đảng bộ Công an huyện Ia Sao', '2020-06-24', [
    [SECURITY, 11, '2020-02-18'],
    [INVESTIGATION, 17, '2020-02-19'],
    [TRAFFIC, 12, '2020-02-20'],
    ['Chi bộ Công an xã Ia Sao', 6, '2020-02-21'],
  ]),
];
