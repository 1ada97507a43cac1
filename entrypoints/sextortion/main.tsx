import { mount } from '@/src/ui/mount';
import { Sextortion } from '@/src/ui/sextortion';

mount(<Sextortion />, 'sextortion.title');
