import { mount } from '@/src/ui/mount';
import { Parents } from '@/src/ui/parents';

mount(<Parents />, 'parents.title');
