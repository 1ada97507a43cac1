import { mount } from '@/src/ui/mount';
import { Report } from '@/src/ui/report';

mount(<Report />, 'report.title');
